-- Issue 16's identity check: per-article surname nodes ("Wallace (newsarticles-1)", from "Mr Wallace" with no
-- full name the resolver could join) whose article also has a full-name person node ending in that surname.
-- usage: sqlite3 DB < Scripts/surname-beside-full-name.sql   (prints: scoped node | full-name node)
WITH scoped AS (
  SELECT e.name, substr(e.name, 1, instr(e.name,' (')-1) AS surname,
         substr(e.name, instr(e.name,'(')+1, length(e.name)-instr(e.name,'(')-1) AS doc
  FROM entity e WHERE e.type='person' AND e.name LIKE '% (%)'
),
docpersons AS (
  SELECT DISTINCT d.externalID AS doc, en.name AS name
  FROM evidence v JOIN document d ON d.id = v.documentID JOIN edge g ON g.id = v.edgeID
  JOIN entity en ON en.id IN (g.subjectID, g.objectID)
  WHERE en.type='person' AND en.name NOT LIKE '% (%)'
)
SELECT s.name, p.name FROM scoped s JOIN docpersons p ON p.doc = s.doc AND p.name LIKE '% ' || s.surname
WHERE instr(s.surname, ' ') = 0;
