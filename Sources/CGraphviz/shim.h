// Placeholder; KGExport's Graphviz binding fills this in (see ../shared/GRAPHVIZ.md).
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
