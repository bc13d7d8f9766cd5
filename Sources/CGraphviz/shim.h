// Thin C wrappers around libgvc/cgraph that Swift 6 cannot call directly (see ../shared/GRAPHVIZ.md).
// Only KGExport imports this module, and only under its process-wide Graphviz lock.
#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H

#include <stddef.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>

// Reading the C global `Agdirected` from Swift is an error ("not concurrency-safe"); cgraph copies `name`.
static inline Agraph_t *ng_agopen_directed(const char *name) {
    return agopen((char *)name, Agdirected, NULL);
}

// cgraph takes `char *` for names and values but copies them, so casting away const is safe.
// Sets a graph attribute unless the DOT text already gave it a non-empty value.
// Graphviz 12+ splits agattr into agattr_text/agattr_html and deprecates agattr.
static inline void ng_set_graph_attribute_if_absent(Agraph_t *g, const char *name, const char *value) {
    const char *current = agget(g, (char *)name);
    if (current == NULL || current[0] == '\0') {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
        agattr_text(g, AGRAPH, (char *)name, (char *)value);
#else
        agattr(g, AGRAPH, (char *)name, (char *)value);
#endif
    }
}

// gvRenderData's length is `unsigned int *` up to 12.x and `size_t *` from 13.0;
// GRAPHVIZ_VERSION_MAJOR does not exist before 2.50, where it is `unsigned int *`.
static inline int ng_gvRenderData(GVC_t *gvc, Agraph_t *g, const char *format, char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int n = 0;
    int rc = gvRenderData(gvc, g, format, result, &n);
    *length = (size_t)n;
    return rc;
#endif
}

// Messages at or above the threshold go to the agseterrf callback (or stderr when none is set); below it,
// to a temporary file. AGMAX would silence the callback too, so report everything from AGWARN up.
static inline void ng_report_all_messages(void) { (void)agseterr(AGWARN); }

#endif
