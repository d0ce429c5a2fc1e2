"""Loading, validating and indexing a knowledge folder: the facts and the one number reader."""
