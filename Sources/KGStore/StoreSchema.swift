import KGCore
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
        migrator.registerMigration("v2: taxonomy, asserted and denied counts, dates, wikidata, coreference") { db in
            try db.execute(sql: """
                ALTER TABLE entity ADD COLUMN wikidata TEXT;
                CREATE INDEX entity_on_type ON entity(type);
                ALTER TABLE evidence ADD COLUMN coreferent BOOLEAN NOT NULL DEFAULT 0;
                ALTER TABLE edge ADD COLUMN category TEXT NOT NULL DEFAULT 'other';
                ALTER TABLE edge ADD COLUMN polarity TEXT NOT NULL DEFAULT 'neutral';
                ALTER TABLE edge ADD COLUMN weight DOUBLE NOT NULL DEFAULT 0;
                ALTER TABLE edge ADD COLUMN assertedCount INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE edge ADD COLUMN deniedCount INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE edge ADD COLUMN firstDate TEXT;
                ALTER TABLE edge ADD COLUMN lastDate TEXT;
                CREATE INDEX edge_on_category ON edge(category);
                CREATE INDEX edge_on_relation ON edge(relation);
                -- Contested edges (asserted and denied) are found through this partial index.
                CREATE INDEX edge_contested ON edge(deniedCount, assertedCount) WHERE deniedCount > 0;
                DROP TRIGGER evidence_counted_on_insert;
                DROP TRIGGER evidence_counted_on_delete;
                DROP TRIGGER evidence_counted_on_move;
                -- The edge's counts and date range follow its evidence, so queries filter on edge columns alone.
                CREATE TRIGGER evidence_counted_on_insert AFTER INSERT ON evidence BEGIN
                    UPDATE edge SET
                        evidenceCount = evidenceCount + 1,
                        assertedCount = assertedCount + (NOT NEW.negated),
                        deniedCount = deniedCount + (NEW.negated != 0),
                        firstDate = CASE WHEN NEW.date IS NOT NULL AND (firstDate IS NULL OR NEW.date < firstDate)
                                         THEN NEW.date ELSE firstDate END,
                        lastDate = CASE WHEN NEW.date IS NOT NULL AND (lastDate IS NULL OR NEW.date > lastDate)
                                        THEN NEW.date ELSE lastDate END
                    WHERE id = NEW.edgeID;
                END;
                CREATE TRIGGER evidence_counted_on_delete AFTER DELETE ON evidence BEGIN
                    UPDATE edge SET
                        evidenceCount = evidenceCount - 1,
                        assertedCount = assertedCount - (NOT OLD.negated),
                        deniedCount = deniedCount - (OLD.negated != 0),
                        firstDate = (SELECT MIN(date) FROM evidence WHERE edgeID = OLD.edgeID),
                        lastDate = (SELECT MAX(date) FROM evidence WHERE edgeID = OLD.edgeID)
                    WHERE id = OLD.edgeID;
                END;
                CREATE TRIGGER evidence_counted_on_update AFTER UPDATE OF edgeID, negated, date ON evidence BEGIN
                    UPDATE edge SET
                        evidenceCount = (SELECT COUNT(*) FROM evidence WHERE edgeID = edge.id),
                        assertedCount = (SELECT COUNT(*) FROM evidence WHERE edgeID = edge.id AND NOT negated),
                        deniedCount = (SELECT COUNT(*) FROM evidence WHERE edgeID = edge.id AND negated),
                        firstDate = (SELECT MIN(date) FROM evidence WHERE edgeID = edge.id),
                        lastDate = (SELECT MAX(date) FROM evidence WHERE edgeID = edge.id)
                    WHERE id IN (OLD.edgeID, NEW.edgeID);
                END;
                UPDATE edge SET
                    assertedCount = (SELECT COUNT(*) FROM evidence WHERE edgeID = edge.id AND NOT negated),
                    deniedCount = (SELECT COUNT(*) FROM evidence WHERE edgeID = edge.id AND negated),
                    firstDate = (SELECT MIN(date) FROM evidence WHERE edgeID = edge.id),
                    lastDate = (SELECT MAX(date) FROM evidence WHERE edgeID = edge.id);
                """)
            let classify = try db.makeStatement(sql: "UPDATE edge SET category = ?, polarity = ?, weight = ? WHERE relation = ?")
            for relation in try String.fetchAll(db, sql: "SELECT DISTINCT relation FROM edge") {
                let relationClass = RelationTaxonomy.classify(relation)
                try classify.execute(arguments: [
                    relationClass.category.rawValue, relationClass.polarity.rawValue, relationClass.weight, relation,
                ])
            }
        }
        migrator.registerMigration("v3: entity degree and evidence counts, evidence dates by edge") { db in
            try db.execute(sql: """
                ALTER TABLE entity ADD COLUMN degree INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE entity ADD COLUMN evidenceCount INTEGER NOT NULL DEFAULT 0;
                UPDATE entity SET
                    degree = (SELECT COUNT(*) FROM edge WHERE subjectID = entity.id)
                        + (SELECT COUNT(*) FROM edge WHERE objectID = entity.id AND subjectID != entity.id),
                    evidenceCount = (SELECT IFNULL(SUM(evidenceCount), 0) FROM edge WHERE subjectID = entity.id)
                        + (SELECT IFNULL(SUM(evidenceCount), 0) FROM edge
                           WHERE objectID = entity.id AND subjectID != entity.id);
                -- "Most connected" listings, overall and by type, read these indexes in order and stop at the limit.
                CREATE INDEX entity_by_degree ON entity(degree DESC, evidenceCount DESC, key);
                CREATE INDEX entity_by_type_and_degree ON entity(type, degree DESC, evidenceCount DESC, key);
                -- A two-sided date filter asks whether some evidence of an edge falls in the range.
                CREATE INDEX evidence_on_edgeID_date ON evidence(edgeID, date);
                -- An entity's degree (edges it is an endpoint of) and evidence follow its edges; the edge's
                -- evidenceCount is itself kept by the evidence triggers, whose updates fire these.
                CREATE TRIGGER edge_degree_on_insert AFTER INSERT ON edge BEGIN
                    UPDATE entity SET degree = degree + 1, evidenceCount = evidenceCount + NEW.evidenceCount
                    WHERE id IN (NEW.subjectID, NEW.objectID);
                END;
                CREATE TRIGGER edge_degree_on_delete AFTER DELETE ON edge BEGIN
                    UPDATE entity SET degree = degree - 1, evidenceCount = evidenceCount - OLD.evidenceCount
                    WHERE id IN (OLD.subjectID, OLD.objectID);
                END;
                CREATE TRIGGER edge_degree_on_update AFTER UPDATE OF subjectID, objectID, evidenceCount ON edge BEGIN
                    UPDATE entity SET degree = degree - 1, evidenceCount = evidenceCount - OLD.evidenceCount
                    WHERE id IN (OLD.subjectID, OLD.objectID);
                    UPDATE entity SET degree = degree + 1, evidenceCount = evidenceCount + NEW.evidenceCount
                    WHERE id IN (NEW.subjectID, NEW.objectID);
                END;
                """)
        }
        migrator.registerMigration("v4: taxonomy version, entity merges") { db in
            try db.execute(sql: """
                -- Store-wide settings; 'taxonomyVersion' says which RelationTaxonomy classified the edges.
                CREATE TABLE meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                -- An entity merged into another (`newsgraph merge`): its key now leads to targetKey (itself
                -- possibly merged further), so later ingests of it land in the target; enough of it is kept
                -- (name, type, aliases) for `newsgraph split` to bring it back. The lists are JSON arrays.
                CREATE TABLE entityMerge (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    type TEXT NOT NULL,
                    wikidata TEXT,
                    aliases TEXT NOT NULL DEFAULT '[]',
                    addedAliases TEXT NOT NULL DEFAULT '[]',
                    droppedDocuments TEXT NOT NULL DEFAULT '[]',
                    targetKey TEXT NOT NULL,
                    mergedAt TEXT NOT NULL,
                    CHECK (key != targetKey)
                );
                CREATE INDEX entityMerge_on_targetKey ON entityMerge(targetKey);
                -- Which end of its edge each piece of evidence had the merged entity at, so a split moves it back.
                CREATE TABLE mergedEvidence (
                    mergeID INTEGER NOT NULL REFERENCES entityMerge(id) ON DELETE CASCADE,
                    evidenceID INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
                    side TEXT NOT NULL CHECK (side IN ('subject', 'object')),
                    PRIMARY KEY (mergeID, evidenceID, side)
                );
                CREATE INDEX mergedEvidence_on_evidenceID ON mergedEvidence(evidenceID);
                -- A merged key is only a redirect: no entity may take it again until it is split.
                CREATE TRIGGER entity_key_not_merged BEFORE INSERT ON entity
                WHEN EXISTS (SELECT 1 FROM entityMerge WHERE key = NEW.key)
                BEGIN
                    SELECT RAISE(ABORT, 'this entity key was merged into another entity; split it first');
                END;
                """)
        }
        migrator.registerMigration("v5: name revision for in-memory entity search") { db in
            // Bumped whenever a name, alias or type changes, so a process can keep the names for search in memory
            // (NameCache) and know when to read them again.
            try db.execute(sql: """
                CREATE TABLE nameRevision (id INTEGER PRIMARY KEY CHECK (id = 1), revision INTEGER NOT NULL);
                INSERT INTO nameRevision (id, revision) VALUES (1, 0);
                CREATE TRIGGER entity_name_on_insert AFTER INSERT ON entity BEGIN
                    UPDATE nameRevision SET revision = revision + 1;
                END;
                CREATE TRIGGER entity_name_on_delete AFTER DELETE ON entity BEGIN
                    UPDATE nameRevision SET revision = revision + 1;
                END;
                CREATE TRIGGER entity_name_on_update AFTER UPDATE OF name, normalizedName, type ON entity BEGIN
                    UPDATE nameRevision SET revision = revision + 1;
                END;
                CREATE TRIGGER alias_name_on_insert AFTER INSERT ON alias BEGIN
                    UPDATE nameRevision SET revision = revision + 1;
                END;
                CREATE TRIGGER alias_name_on_delete AFTER DELETE ON alias BEGIN
                    UPDATE nameRevision SET revision = revision + 1;
                END;
                CREATE TRIGGER alias_name_on_update AFTER UPDATE OF entityID, normalized ON alias BEGIN
                    UPDATE nameRevision SET revision = revision + 1;
                END;
                """)
        }
        migrator.registerMigration("v6: surname joins marked, nodes kept apart from them") { db in
            // A merge ingest made by `SurnameJoin` carries the folded surname, so later batches can undo it when
            // the rule no longer picks that target; a user's merge has none and is never undone. A node a user
            // split from its surname join is remembered so no ingest joins it again.
            try db.execute(sql: """
                ALTER TABLE entityMerge ADD COLUMN joinedSurname TEXT;
                CREATE INDEX entityMerge_on_joinedSurname ON entityMerge(joinedSurname);
                CREATE TABLE surnameKeptApart (key TEXT PRIMARY KEY NOT NULL);
                """)
        }
        return migrator
    }
}
