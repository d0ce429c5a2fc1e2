"""The words of `factbot --help`: descriptions, examples and exit codes for every command.

Kept apart from the parser so the help reads as a page (it is the man page), and
so `tests/test_docs.py` can check that each command shows examples and exit codes.
"""

from __future__ import annotations

DESCRIPTION = """\
factbot answers questions from curated sources and cites the exact sentence each answer rests on.

  factbot                      open the chat (a terminal UI; --plain for line-by-line)
  factbot "QUESTION"           shorthand for factbot ask "QUESTION"
  factbot ask "QUESTION"       answer one question
  factbot check "CLAIM"        is a statement supported, refuted, or not in the sources?
  factbot batch FILE           answer a file of questions (.txt, .jsonl, or - for stdin)
  factbot verify               check the knowledge base against its sources
  factbot sources              list the sources: id, title, sentences, coverage
  factbot entities             list the names the knowledge knows
  factbot completion SHELL     print a completion script for bash, zsh or fish

Curating a new document:
  factbot init DIR             a new knowledge folder
  factbot sentences FILE       the numbered sentences of a text, with offsets
  factbot draft FILE           a draft YAML for a text, every guess marked for review
  factbot verify --probe       ask a question of every record: what can users not reach?

--plain reads questions line by line with readline editing and the chat's history;
when standard input is not a terminal, each line is answered with no prompt at all.
Output is coloured and wrapped on a terminal, plain when piped or when NO_COLOR is set.
"""

MAIN_EPILOG = """\
examples:
  factbot                                   open the chat
  factbot "How many EVs did Nissan sell in 2023?"
  factbot --plain < questions.txt           answer each line, no prompts
  factbot -k ~/facts ask "Brazil's coffee exports in 2022"

exit codes:
  0    done (ask: answered; check: supported)
  1    ask: not answered; check: refuted; verify: a check failed; batch --strict: an error record
  2    bad arguments, unreadable input, an invalid config or knowledge folder
  3    check: the sources don't say (unknown)
  74   the results could not be written (disk full, stdout closed)
  130  interrupted
  143  stopped by SIGTERM (like Ctrl-C)

files:
  {config}    theme, keymap, knowledge, export_folder
  {history}    questions asked, shared by the chat and --plain
  {conversations}    every chat conversation, as JSON

environment:
  FACTBOT_KNOWLEDGE    knowledge folder (after -k/--knowledge, before config.toml)
  NO_COLOR             plain output even on a terminal; FORCE_COLOR: colour even when piped
"""

ASK_EPILOG = """\
examples:
  factbot ask "How many more EVs did Tesla sell than BYD in 2023?"
  factbot ask How many EVs did Honda sell        (quoting is optional)
  factbot ask --json "Nissan EV sales 2023" | jq .answer
  factbot ask --explain --verify "Who is in the Toyota-led alliance?"

exit codes:
  0  answered    1  not answered (unknown, clarify or error)    2  bad arguments or knowledge
"""

CHECK_EPILOG = """\
examples:
  factbot check "Honda sold 140,000 EVs in 2023"          refuted: the source gives 19,000
  factbot check "Tesla sold about 2 million EVs in 2023"  supported at that precision
  factbot check --format jsonl "BYD sold under 2 million EVs in 2023"

exit codes:
  0  supported    1  refuted    3  not in the sources (unknown)    2  bad arguments or knowledge
"""

BATCH_EPILOG = """\
examples:
  factbot batch questions.txt
  factbot batch questions.jsonl -f jsonl -o answers.jsonl
  printf 'Nissan EV sales 2023\\nAnd Honda?\\n' | factbot batch - --conversation
  factbot batch claims.txt --check -f csv

Malformed lines (bad JSON, bad UTF-8, empty questions) get an `error` record and the run
goes on; stderr says how many. The summary goes to stderr, records to stdout or -o.

exit codes:
  0  every line got a record, whatever its status    1  --strict and some record is an error
  2  bad arguments, unreadable input or knowledge, -o naming the input    74  could not write
"""

VERIFY_DESCRIPTION = """\
Prove the knowledge folder against its sources: every quote is verbatim in its sentence,
every figure is written in its quote, every entity is named where it is cited, and every
sentence is curated or marked claim_free. With --answers, re-check answers saved by
`factbot batch -f jsonl` (citations still match the source, figures still follow).

With --probe, then ask the engine the questions a user would ask of every record (each fact
by its names and by an alias, each pair of figures alike in measure and period compared, each
statement by its kind and its words) and report each record no question reached: not
answered, answered with another record, or answered together with a twin no question tells
apart. It ends with the reachable share of each source. The probe only reports: its
questions are guesses at a user's words, so verify's exit code stays verify's. A high share
shows the records are found by their own names, not that people's questions (synonyms, a
bare month, verbs, several figures at once) are answered: ask some of those yourself.
"""

VERIFY_EPILOG = """\
examples:
  factbot verify
  factbot verify -k ~/facts -f json
  factbot batch questions.txt -f jsonl -o answers.jsonl && factbot verify --answers answers.jsonl
  factbot verify -k ~/facts --probe               what no question reaches, and each source's share
  factbot verify --probe -f json | jq '.probe.sources'

exit codes:
  0  passed (warnings allowed; with --probe, whatever the probe reached)    1  a check failed
  2  bad arguments, unreadable answers or knowledge, or --probe with --answers
"""

SOURCES_EPILOG = """\
examples:
  factbot sources
  factbot sources -f json | jq '.[].coverage'

exit codes:
  0  listed    2  bad arguments or knowledge
"""

ENTITIES_EPILOG = """\
examples:
  factbot entities
  factbot entities -f jsonl | grep company

exit codes:
  0  listed    2  bad arguments or knowledge
"""

COMPLETION_EPILOG = """\
examples:
  factbot completion bash > ~/.local/share/bash-completion/completions/factbot
  factbot completion zsh > ~/.zfunc/_factbot       (zsh: fpath+=(~/.zfunc); autoload -U compinit; compinit)
  factbot completion fish > ~/.config/fish/completions/factbot.fish

exit codes:
  0  printed    2  unknown shell
"""

INIT_EPILOG = """\
examples:
  factbot init ~/facts && cp article.txt ~/facts/sources/

exit codes:
  0  created    2  the folder already holds files, or bad arguments
"""

SENTENCES_EPILOG = """\
examples:
  factbot sentences ~/facts/sources/article.txt
  factbot sentences article.txt -f jsonl | jq .text

exit codes:
  0  listed    2  unreadable file or bad arguments
"""

DRAFT_EPILOG = """\
examples:
  factbot draft ~/facts/sources/article.txt -o ~/facts/article.yaml
  factbot draft article.txt --id article --title "The article" | less

exit codes:
  0  drafted    2  unreadable file, PATH exists without --force, or bad arguments
"""
