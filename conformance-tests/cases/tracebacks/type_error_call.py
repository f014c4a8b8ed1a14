# Checks: an uncaught TypeError from a bad call shows the function's qualified name in the message.
class Greeter:
    def greet(self, name, greeting):
        return f"{greeting}, {name}"
g = Greeter()
print(g.greet("Ann", "Hi"))
g.greet("Bob")
