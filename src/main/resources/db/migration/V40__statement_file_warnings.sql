-- What the readers forgave in a file: a harmless deviation whose meaning was unambiguous (a balance
-- without credit/debit indicator that the entries confirm, an entry without status in a statement,
-- an MT940 statement without :25:, ...). One object per warning, in file order:
--   {"position": "entry 3 (line 42)", "message": "the entry has no status (Sts): read as booked ..."}
-- position is null for a warning about the whole file. Written while the file is staged; shown by
-- the files command and GET /files.
alter table statement_file add column warnings jsonb not null default '[]';
