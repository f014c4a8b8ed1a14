# Checks: class definition, instances, instance vs class attributes, type(), __class__, __name__, __module__, __qualname__.
class Dog:
    species = "canis"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says woof"
d = Dog("Rex")
e = Dog("Fido")
print(d.speak(), e.name, d.species, Dog.species)
e.species = "custom"
print(d.species, e.species, Dog.species)
Dog.species = "lupus"
print(d.species, e.species)
print(type(d).__name__, d.__class__ is Dog, Dog.__name__, Dog.__qualname__, Dog.__module__, type(Dog))
print(Dog, type(d), isinstance(d, Dog), isinstance(Dog, type))
print(sorted(vars(d)), Dog.speak(d), d.speak.__name__, d.speak.__self__ is d)
