import KGCore

/// Module marker; the real contents land with their issue.
public enum KGStoreModule {}
