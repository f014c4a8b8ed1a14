# Checks: an error inside a multi-line statement is reported at the line of the failing part; errors from the call itself at the call's first line.
def combine(a, b, c):
    return a + b + c

settings = {"width": 3, "height": 4}
area = combine(settings["width"],
               settings["height"],
               1)
print(area)
result = combine(
    settings["width"],
    settings["depth"],
    2,
)
