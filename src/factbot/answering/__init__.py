"""From a reading to a cited answer: deterministic plans over facts."""
