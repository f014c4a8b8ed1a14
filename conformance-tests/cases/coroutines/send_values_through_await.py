# Checks: values passed to send() on the outer coroutine arrive at the innermost yield; yielded values come straight out.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield ("request", self.what)
        return reply

async def ask(what):
    answer = await Request(what)
    return what + "=" + str(answer)

async def conversation():
    a = await ask("name")
    b = await ask("age")
    c = [await ask("item%d" % i) for i in range(2)]
    return [a, b] + c

answers = {"name": "krait", "age": 1, "item0": "x", "item1": "y"}
c = conversation()
msg = c.send(None)
try:
    while True:
        print("driver received", msg)
        msg = c.send(answers[msg[1]])
except StopIteration as e:
    print("result", e.value)
