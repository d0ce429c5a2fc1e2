"""`python -m factbot` runs the same CLI as the `factbot` command."""

from factbot.cli import main

raise SystemExit(main())
