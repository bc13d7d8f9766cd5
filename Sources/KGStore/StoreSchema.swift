internal import GRDB

/// The store's schema as named migrations. A migration never changes once it has landed: later issues
/// append new ones, so every database ever created upgrades by replaying what it lacks.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, entities, aliases, edges, evidence") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    externalID TEXT NOT NULL UNIQUE,
                    title TEXT,
                    date TEXT,
                    sourcePath TEXT NOT NULL,
                    contentHash TEXT NOT NULL,
                    sentenceCount INTEGER NOT NULL,
                    ingestedAt TEXT NOT NULL
                );
                CREATE TABLE entity (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    normalizedName TEXT NOT NULL,
                    type TEXT NOT NULL
                );
                CREATE INDEX entity_on_normalizedName ON entity(normalizedName);
                CREATE TABLE alias (
                    id INTEGER PRIMARY KEY,
                    entityID INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    normalized TEXT NOT NULL,
                    UNIQUE (entityID, normalized)
                );
                CREATE INDEX alias_on_normalized ON alias(normalized);
                -- The unique index serves lookups by subjectID (its prefix); objectID needs its own.
                -- evidenceCount mirrors COUNT(evidence) through the triggers below, so ranking edges by
                -- evidence reads an index instead of counting every row.
                CREATE TABLE edge (
                    id INTEGER PRIMARY KEY,
                    subjectID INTEGER NOT NULL REFERENCES entity(id),
                    relation TEXT NOT NULL,
                    objectID INTEGER NOT NULL REFERENCES entity(id),
                    evidenceCount INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (subjectID, relation, objectID)
                );
                CREATE INDEX edge_on_objectID ON edge(objectID);
                CREATE INDEX edge_on_evidenceCount ON edge(evidenceCount);
                -- The unique index serves lookups by edgeID (its prefix); documentID needs its own.
                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY,
                    edgeID INTEGER NOT NULL REFERENCES edge(id) ON DELETE CASCADE,
                    documentID INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    sentenceIndex INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    sentence TEXT NOT NULL,
                    relationText TEXT NOT NULL,
                    negated BOOLEAN NOT NULL,
                    modality TEXT,
                    attributionText TEXT,
                    attributionEntity TEXT,
                    attributionVerb TEXT,
                    date TEXT,
                    confidence DOUBLE NOT NULL,
                    UNIQUE (edgeID, documentID, sentenceIndex, start, "end")
                );
                CREATE INDEX evidence_on_documentID ON evidence(documentID);
                CREATE TRIGGER evidence_counted_on_insert AFTER INSERT ON evidence BEGIN
                    UPDATE edge SET evidenceCount = evidenceCount + 1 WHERE id = NEW.edgeID;
                END;
                CREATE TRIGGER evidence_counted_on_delete AFTER DELETE ON evidence BEGIN
                    UPDATE edge SET evidenceCount = evidenceCount - 1 WHERE id = OLD.edgeID;
                END;
                CREATE TRIGGER evidence_counted_on_move AFTER UPDATE OF edgeID ON evidence BEGIN
                    UPDATE edge SET evidenceCount = evidenceCount - 1 WHERE id = OLD.edgeID;
                    UPDATE edge SET evidenceCount = evidenceCount + 1 WHERE id = NEW.edgeID;
                END;
                """)
        }
        return migrator
    }
}
