# Checks: uncaught exception whose message contains non-ASCII text is printed as UTF-8.
name = "Zoë"
raise ValueError(f"unknown user «{name}» ✗")
