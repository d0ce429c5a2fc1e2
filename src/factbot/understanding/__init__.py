"""From a question to a reading: normalise, segment, route."""
