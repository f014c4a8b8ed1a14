# Checks: function decorators: wrapping, stacking order, decorators with arguments.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
def bracket(left, right):
    def deco(fn):
        def wrapper(*args):
            return left + fn(*args) + right
        return wrapper
    return deco
@shout
def hello(name):
    return f"hello {name}"
@bracket("[", "]")
@shout
def bye(name):
    return f"bye {name}"
@shout
@bracket("<", ">")
def hi():
    return "hi"
print(hello("ann"), bye("bob"), hi())
print(hello.__name__, bye.__qualname__)
