TOP = "top-level value"
