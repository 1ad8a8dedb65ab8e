-- Where each file arrived (path: the inbox file, or where `import` read it) and where its original is now
-- (archived_path, for an inbox file moved to archive/; `import` never moves a file).
SELECT id, path, archived_path, site
FROM files
WHERE id = ANY (?)
ORDER BY id
