// Runs SQL statements with DuckDB (an independent Parquet reader) and prints
// each result as one JSON line. Used by the Go tests that check the tables.
import { DuckDBInstance } from '@duckdb/node-api';

const inst = await DuckDBInstance.create(':memory:');
const conn = await inst.connect();
for (const sql of process.argv.slice(2)) {
  const res = await conn.runAndReadAll(sql);
  console.log(JSON.stringify(res.getRowObjectsJson()));
}
