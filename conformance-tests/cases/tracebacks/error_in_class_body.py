# Checks: an error while executing a class body shows a frame named after the class.
class Settings:
    name = "demo"
    size = int("large")
