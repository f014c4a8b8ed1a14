# Program: a hand-written JSON-like serializer with indentation and a matching recursive parser (round trip).


def dumps(value, indent=0, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    sep = ",\n" if indent else ", "
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append(f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [dumps(v, indent, level + 1) for v in value]
        if indent:
            return "[\n" + sep.join([pad + item for item in items]) + "\n" + end_pad + "]"
        return "[" + sep.join(items) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [dumps(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in value.items()]
        if indent:
            return "{\n" + sep.join([pad + item for item in items]) + "\n" + end_pad + "}"
        return "{" + sep.join(items) + "}"
    raise TypeError(f"cannot serialize {type(value).__name__}")


class Reader:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t":
            self.i += 1

    def value(self):
        self.ws()
        ch = self.text[self.i]
        if ch == "{":
            self.i += 1
            result = {}
            self.ws()
            if self.text[self.i] == "}":
                self.i += 1
                return result
            while True:
                key = self.value()
                self.ws()
                self.i += 1  # colon
                result[key] = self.value()
                self.ws()
                ch = self.text[self.i]
                self.i += 1
                if ch == "}":
                    return result
        if ch == "[":
            self.i += 1
            result = []
            self.ws()
            if self.text[self.i] == "]":
                self.i += 1
                return result
            while True:
                result.append(self.value())
                self.ws()
                ch = self.text[self.i]
                self.i += 1
                if ch == "]":
                    return result
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.text) and self.text[j] in "+-0123456789.eEinfa":
            j += 1
        token = self.text[self.i:j]
        self.i = j
        return float(token) if any([c in token for c in ".eEn"]) else int(token)

    def string(self):
        self.i += 1
        out = []
        while self.text[self.i] != '"':
            ch = self.text[self.i]
            if ch == "\\":
                nxt = self.text[self.i + 1]
                if nxt == "u":
                    out.append(chr(int(self.text[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                if nxt == "U":
                    out.append(chr(int(self.text[self.i + 2:self.i + 10], 16)))
                    self.i += 10
                    continue
                out.append({"n": "\n", '"': '"', "\\": "\\"}[nxt])
                self.i += 2
                continue
            out.append(ch)
            self.i += 1
        self.i += 1
        return "".join(out)


data = {"name": "Krait", "version": [0, 1, 0], "ratio": 0.1 + 0.2, "big": 2 ** 70, "ok": True,
        "none": None, "nested": {"empty_list": [], "empty_dict": {}, "quote": 'say "hi"\n', "uni": "é🐍"},
        "matrix": [[1, 2], [3, 4]], "neg": -1.5e-7}
compact = dumps(data)
print(compact)
pretty = dumps(data, indent=2)
print(pretty)
back = Reader(pretty).value()
print(back == data, Reader(compact).value() == data)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("error:", e)
