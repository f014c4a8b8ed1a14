"""Abstract base classes (PEP 3119), Krait's implementation of the documented behaviour.

A class made by ABCMeta records the names of its abstract methods in __abstractmethods__
(instantiating it then fails), and answers isinstance/issubclass from, in order: the
positive cache, its __subclasshook__, its real subclasses, and the classes registered with
register() (and their subclasses).
"""


def abstractmethod(funcobj):
    """Marks a method abstract: a class keeps it abstract until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_names(cls, namespace, bases):
    names = set()
    for name, value in namespace.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass of the abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_registry = []
        cls._abc_cache = set()
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls; returns it (so it can decorate a class)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if answer:
                cls._abc_cache.add(subclass)
            return bool(answer)
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                cls._abc_cache.add(subclass)
                return True
        return False


class ABC(metaclass=ABCMeta):
    """A helper base: subclassing ABC makes a class an abstract base class."""
    __slots__ = ()


def get_cache_token():
    """A token that changes when a virtual subclass is registered: Krait's caches hold only positive answers."""
    return 0


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or replaced on it."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstract_names(cls, vars(cls), cls.__bases__)
    return cls
