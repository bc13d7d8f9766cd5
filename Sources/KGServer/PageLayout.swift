import KGCore

/// The frame every page shares: head, navigation and the stylesheet and script the server itself serves.
enum PageLayout {
    /// A whole HTML document around `body` (already-escaped HTML).
    static func document(title: String, body: String, searchValue: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(TextEscaping.html(title)) · newsgraph</title>
        <link rel="stylesheet" href="/static/newsgraph.css">
        <script src="/static/newsgraph.js" defer></script>
        </head>
        <body>
        <header class="top">
        <a class="brand" href="/">newsgraph</a>
        <nav><a href="/">Home</a> <a href="/contested">Contested</a> <a href="/path">Paths</a></nav>
        <form class="search" action="/search" method="get" role="search">
        <input type="search" name="q" list="entity-suggestions" placeholder="Entity, e.g. Russia" value="\(TextEscaping.html(searchValue))" aria-label="Entity name" autocomplete="off">
        <datalist id="entity-suggestions"></datalist>
        <button type="submit">Go</button>
        </form>
        </header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// A page that explains a failed request.
    static func errorPage(_ error: ServerError) -> String {
        var body = "<h1>\(TextEscaping.html(errorTitle(error.kind)))</h1>\n<p class=\"error\">\(TextEscaping.html(error.message))</p>\n"
        if let hint = error.hint { body += "<p class=\"hint\">\(TextEscaping.html(hint))</p>\n" }
        return document(title: errorTitle(error.kind), body: body)
    }

    private static func errorTitle(_ kind: ServerError.Kind) -> String {
        switch kind {
        case .badRequest: "Bad request"
        case .notFound: "Not found"
        case .tooLarge: "Too much to show"
        case .unavailable: "Busy"
        case .internalError: "Server error"
        }
    }
}
