# Program: a tiny text adventure engine driven by a scripted list of commands (rooms, items, state machine).
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a pitch-black cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "dark": True},
}


class Game:
    def __init__(self, rooms):
        self.rooms = {name: dict(info, items=list(info["items"])) for name, info in rooms.items()}
        self.here = "hall"
        self.inventory = []
        self.moves = 0
        self.won = False

    def room(self):
        return self.rooms[self.here]

    def can_see(self):
        return not self.room().get("dark") or "lamp" in self.inventory

    def look(self):
        if not self.can_see():
            return "It is too dark to see."
        items = self.room()["items"]
        exits = ", ".join(sorted(self.room()["exits"]))
        listing = f" You see: {', '.join(items)}." if items else ""
        return f"You are in {self.room()['desc']}.{listing} Exits: {exits}."

    def do(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, rest = words[0], words[1:]
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(*rest)

    def cmd_go(self, direction=None):
        target = self.room()["exits"].get(direction)
        if target is None:
            return f"You can't go {direction}."
        if target == "cellar" and "key" not in self.inventory:
            return "The cellar door is locked."
        self.here = target
        return self.look()

    def cmd_take(self, item=None):
        if not self.can_see():
            return "You fumble in the dark."
        if item not in self.room()["items"]:
            return f"There is no {item} here."
        self.room()["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.won = True
        return f"Taken: {item}."

    def cmd_drop(self, item=None):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.room()["items"].append(item)
        return f"Dropped: {item}."

    def cmd_look(self):
        return self.look()

    def cmd_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing") + "."


SCRIPT = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key", "take sword",
          "inventory", "drop book", "go south", "go east", "dance", "go down", "take treasure", "", "inventory"]

game = Game(ROOMS)
for command in SCRIPT:
    print(f"> {command}")
    print(game.do(command))
    if game.won:
        print(f"*** You won in {game.moves} moves! ***")
        break
print("original rooms untouched:", ROOMS["hall"]["items"])
