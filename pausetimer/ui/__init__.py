"""Qt widgets: the tray, the main window and the dialogs to start, extend and end a pause.

No SQL and no scheduling here: every change goes through :class:`pausetimer.service.PauseService`
and every window refreshes from :attr:`pausetimer.context.AppContext.events`.
"""
