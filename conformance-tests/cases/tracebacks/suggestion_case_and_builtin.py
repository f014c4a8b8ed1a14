# Checks: an AttributeError whose name differs only by case gets the suggestion; misspelt names of builtins are suggested too when no better local exists.
class Config:
    def __init__(self):
        self.maxRetries = 3
c = Config()
print(c.maxRetries)
try:
    c.maxretries
except AttributeError as e:
    print("caught:", e, e.name, e.obj is c)
lenght = len
print(lenght("abc"))
print(c.MaxRetries)
