"""The command-line options Qt itself takes, so `precis` can refuse every other unknown one."""

from __future__ import annotations

# QApplication's and QGuiApplication's documented options (and the X11 ones), with a value
# or without. Anything else that starts with '-' is a mistake ("precis -file.txt").
WITH_VALUE = frozenset({
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qmljsdebugger",
    "-qwindowgeometry", "-qwindowicon", "-qwindowtitle", "-session", "-style", "-stylesheet",
    "-display", "-geometry", "-name", "-title", "-visual", "-fn", "-font", "-bg", "-background",
    "-fg", "-foreground", "-btn", "-button", "-cmap", "-ncols", "-inputstyle", "-im",
})
WITHOUT_VALUE = frozenset({"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync"})


def unknown_options(args: list[str]) -> list[str]:
    """The arguments in `args` (left over by argparse) that Qt would not understand either."""
    unknown, expect_value = [], False
    for arg in args:
        if expect_value:
            expect_value = False
            continue
        option = arg.split("=", 1)[0] if arg.startswith("--") else arg
        option = "-" + option.lstrip("-") if option.startswith("-") else option
        if option in WITH_VALUE:
            expect_value = "=" not in arg
        elif option not in WITHOUT_VALUE:
            unknown.append(arg)
    return unknown
