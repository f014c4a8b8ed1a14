"""A helper module."""
GREETING = "hello"
def shout(text):
    return text.upper() + "!"
class Tool:
    def use(self):
        return f"{type(self).__name__} from {__name__}"
