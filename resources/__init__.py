"""Icons, the sample article and other files the app ships (reader/resources links here)."""
