# Checks: a simple metaclass deriving from type: __new__ hooks class creation, __call__ hooks instantiation.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__", name)
        return cls
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Model(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class User(Model):
    pass
u = User(3)
print(u.v, User.created_by, type(User).__name__, isinstance(User, Meta))
