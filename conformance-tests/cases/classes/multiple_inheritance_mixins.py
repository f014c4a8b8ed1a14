# Checks: mixins combined through multiple inheritance with cooperative methods and super() chains.
class JsonMixin:
    def to_dict(self):
        d = super().to_dict() if hasattr(super(), "to_dict") else {}
        d["format"] = "json-ish"
        return d
class TimestampMixin:
    def to_dict(self):
        d = super().to_dict()
        d["stamp"] = 12345
        return d
class Base:
    def to_dict(self):
        return {"type": type(self).__name__}
class Record(JsonMixin, TimestampMixin, Base):
    pass
print(Record().to_dict(), [c.__name__ for c in Record.__mro__])
