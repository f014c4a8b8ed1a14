# Checks: an error raised inside __init__ during instantiation shows the __init__ frame.
class Config:
    def __init__(self, text):
        key, value = text.split("=")
        self.key = key
        self.value = int(value)
print(Config("port=80").value)
Config("port=eighty")
