# Checks: values the runner sends into a suspended await come back inside the library generator; the runner sees only the requests, never the yielded items.
from async_generator import async_generator, yield_

class Ask:
    def __init__(self, question):
        self.question = question
    def __await__(self):
        answer = yield self.question
        return answer

@async_generator
async def interviewer():
    for q in ("name", "age"):
        answer = await Ask(q)
        await yield_((q, answer))
    return "done"

async def main():
    ag = interviewer()
    out = []
    async for pair in ag:
        out.append(pair)
    return out

answers = {"name": "krait", "age": 3}
coro = main()
request = coro.send(None)
try:
    while True:
        print("runner asked", request)
        request = coro.send(answers[request])
except StopIteration as e:
    print(e.value)
