"""The command-line front end: the same services as the GUI, no display needed."""
