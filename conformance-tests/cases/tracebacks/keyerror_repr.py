# Checks: an uncaught KeyError prints the repr of the key in the last line.
config = {"host": "localhost"}
print(config["host"])
print(config["port"])
