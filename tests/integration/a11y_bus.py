#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
"""The explorer on the real AT-SPI bus, read as Orca reads it (issue 18).

a11y_bus.py EXPLORER: starts the explorer under X11 with Qt's AT-SPI bridge on, finds its controls
by role and name, makes a cross-organisational call the sandbox refuses (practice group 2001
shares no network with the key's home group 1001) and checks what a screen reader gets: the
refusal announced as an alert while the focus stays on Send, the gauge's value in words, the
diagnosis pane and its title. Run inside a D-Bus session and an X server of its own
(tests/integration/CMakeLists.txt)."""

import os
import re
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP_NAME = "Hero API Explorer"
REFUSED_GROUP = "2001"  # the sandbox fixture: Elm Tree Practice, no network shared with 1001
# Item views hold hundreds of rows: a screen reader reads them when it gets there, not here.
PRUNED_ROLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE}

TAB_KEYSYM = 0xFF09
events = []


def record(event):
    try:
        role = event.source.getRole()
        name = event.source.name
    except Exception:  # the object went away before we read it
        role, name = None, ""
    events.append((event.type, role, name, event.detail1))


def pump(seconds):
    """Lets the bus deliver events for a while."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def descendants(root, showing_only=True):
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            count = node.childCount
            role = node.getRole()
        except Exception:
            continue
        yield node
        if role in PRUNED_ROLES:
            continue
        if showing_only and node is not root:
            try:
                if not node.getState().contains(pyatspi.STATE_SHOWING):
                    continue
            except Exception:
                continue
        for i in reversed(range(count)):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                continue
            if child is not None:
                stack.append(child)


def find(root, roles, name=None, match=None, timeout=20.0, showing_only=True):
    """The first object of one of roles named name (or whose name matches), as Orca finds it."""
    end = time.monotonic() + timeout
    while True:
        for node in descendants(root, showing_only):
            try:
                if node.getRole() not in roles:
                    continue
                if name is not None and node.name != name:
                    continue
                if match is not None and not re.search(match, node.name or ""):
                    continue
                return node
            except Exception:
                continue
        if time.monotonic() > end:
            seen = []
            for node in descendants(root, showing_only):
                try:
                    seen.append("%s %r" % (node.getRoleName(), node.name))
                except Exception:
                    pass
            print("showing under %r:\n  %s" % (root.name, "\n  ".join(seen[:300])),
                  file=sys.stderr)
            fail("no %s named %r" % ([str(r) for r in roles], name or match))
        pump(0.3)


def find_app(timeout=30.0):
    desktop = pyatspi.Registry.getDesktop(0)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == APP_NAME:
                return app
        pump(0.3)
    fail("the explorer never appeared on the accessibility bus")


def labelled_by(root, label_text):
    """The control a label names, through its label-for relation: on Linux, Qt names a combo box
    by its current text and links its label by relation, which is how Orca reads it."""
    label = find(root, [pyatspi.ROLE_LABEL], match=r"^%s\s*$" % re.escape(label_text))
    for relation in label.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABEL_FOR:
            return relation.getTarget(0)
    fail("the label %r names no control" % label_text)


def press(node):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if "Press" in names:
        action.doAction(names.index("Press"))
    else:
        action.doAction(0)


def type_into(entry, text):
    editable = entry.queryEditableText()
    editable.setTextContents(text)


def click(node):
    """A click in the middle of node, through the registry's XTest (there is no window manager
    to make the window active; Qt activates a window that is clicked)."""
    extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(extents.x + extents.width // 2,
                                        extents.y + extents.height // 2, pyatspi.MOUSE_B1C)


def focused(node):
    return node.getState().contains(pyatspi.STATE_FOCUSED)


def main():
    explorer = sys.argv[1]
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "QT_ACCESSIBILITY": "1", "NO_AT_BRIDGE": "0"})
    for event in ("object:state-changed:showing", "object:state-changed:focused",
                  "object:property-change:accessible-name"):
        pyatspi.Registry.registerEventListener(record, event)
    process = subprocess.Popen([explorer], env=env)
    try:
        run(find_app())
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def run(app):
    button = [pyatspi.ROLE_PUSH_BUTTON]
    # The welcome pane's default button is where the focus starts: what is read first, once
    # the window is active (a click on the welcome text makes it so).
    explore = find(app, button, "Explore the offline sandbox")
    click(find(app, [pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC], "Welcome to Hero API Explorer"))
    end = time.monotonic() + 10
    while not focused(explore) and time.monotonic() < end:
        pump(0.2)
    if not focused(explore):
        fail("the focus does not start on the welcome pane's default button")
    press(explore)

    send = find(app, button, "Send")
    group = labelled_by(app, "Practice group")
    if group.getRole() != pyatspi.ROLE_COMBO_BOX:
        fail("the practice group is a %s" % group.getRoleName())
    group_entry = find(group, [pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY])
    path = find(app, [pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY], "Path")
    type_into(path, "/v1/me")
    type_into(group_entry, REFUSED_GROUP)
    pump(0.5)
    gauge = find(app, [pyatspi.ROLE_PROGRESS_BAR], "Rate limit")

    # A keyboard user has Tab'd to Send and presses it.
    send.queryComponent().grabFocus()
    end = time.monotonic() + 10
    while not focused(send) and time.monotonic() < end:
        pump(0.2)
    if not focused(send):
        fail("Send does not take the focus")
    del events[:]
    press(send)

    alert = find(app, [pyatspi.ROLE_ALERT], match=r"^Refused, 403: ", timeout=30,
                 showing_only=False)
    pump(1.0)
    shown = [e for e in events if e[0] == "object:state-changed:showing" and e[3] == 1
             and e[1] == pyatspi.ROLE_ALERT and e[2].startswith("Refused, 403: ")]
    if not shown:
        fail("no alert was announced on the bus; events seen: %r" % events)
    moved = [e for e in events if e[0] == "object:state-changed:focused" and e[3] == 1
             and e[1] not in (pyatspi.ROLE_PUSH_BUTTON,)]
    if moved:
        fail("the refusal moved the focus: %r" % moved)
    if not focused(send):
        fail("the focus left Send after the refusal")

    title = alert.name[len("Refused, 403: "):]
    pane = find(app, [pyatspi.ROLE_PANEL, pyatspi.ROLE_GROUPING, pyatspi.ROLE_FILLER],
                "Diagnosis")
    if pane.getRole() == pyatspi.ROLE_FRAME:
        fail("the diagnosis pane has a window role")
    find(pane, [pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC], title)
    # An evidence value is named by its row and reads as its value: "Status", "403 Forbidden".
    values = []
    for node in descendants(pane):
        try:
            if node.getRole() in (pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC) and node.name == "Status":
                values.append(node.queryText().getText(0, -1))
        except NotImplementedError:
            continue  # the row's own label: plain text, no text interface
    if not any("403" in value for value in values):
        fail("no evidence named Status reads the status: %r" % values)

    value = gauge.queryText().getText(0, -1)
    if not re.fullmatch(r"[1-9]\d* of \d+ requests in the last minute", value):
        fail("the gauge's value text is %r" % value)
    used = gauge.queryValue().currentValue
    if used < 1:
        fail("the gauge's value is %r after a call" % used)

    flow = find(app, [pyatspi.ROLE_LIST], "Cross-organisational flow")
    steps = [flow.getChildAtIndex(i).name for i in range(flow.childCount)
             if flow.getChildAtIndex(i).getRole() == pyatspi.ROLE_LIST_ITEM]
    if len(steps) != 4 or not any(s.endswith(", failed") for s in steps):
        fail("the flow's steps read %r" % steps)
    print("alert: %s\ngauge: %s\nsteps: %s" % (alert.name, value, steps))

    # Tab through the window as a keyboard user does, from Send to the gauge (the end of the
    # window's reading order): where each press lands says what it is. The last focus event of
    # a press is what Orca reads (a tab bar, then its current tab).
    stops = []
    for _ in range(70):
        del events[:]
        pyatspi.Registry.generateKeyboardEvent(TAB_KEYSYM, None, pyatspi.KEY_SYM)
        pump(0.2)
        landed = [(e[1], e[2]) for e in events
                  if e[0] == "object:state-changed:focused" and e[3] == 1]
        if landed:
            stops.append(landed[-1])
        if stops and stops[-1] == (pyatspi.ROLE_PROGRESS_BAR, "Rate limit"):
            break
    else:
        fail("Tab never reached the gauge: %r" % stops)
    if len(stops) < 25:
        fail("Tab reached only %d stops: %r" % (len(stops), stops))
    silent = [str(role) for role, name in stops if not name.strip()]
    if silent:
        fail("silent Tab stops: %r of %r" % (silent, stops))
    print("Tab stops: %d, none silent" % len(stops))
    print("PASS: the explorer reads as a screen reader needs it on the AT-SPI bus")


if __name__ == "__main__":
    main()
