"""Fan vnextract out over a Spark cluster with RDD.pipe.

Each element of the RDD is a shard index; every executor runs the same
binary on the same corpus (a shared filesystem or an object-store mount)
and reads only its shard's files (or, with fewer files than shards, keeps
the documents whose doc_id hashes to it). A document that fails is a row of
the documents table (failed, error), not a failed shard: --fail-on none.
The tables land under OUT as a hive-partitioned dataset:

    spark.read.parquet(OUT + "/titles")   # column `shard` from the folder name

Run:
    spark-submit --files vnextract deploy/spark_pipe.py /mnt/corpus /mnt/out 64
"""
import sys

from pyspark.sql import SparkSession

corpus, out, shards = sys.argv[1], sys.argv[2], int(sys.argv[3])
spark = SparkSession.builder.appName("vnextract").getOrCreate()
sc = spark.sparkContext

# one partition per shard, so each task runs one vnextract process
indexes = sc.parallelize([str(i) for i in range(shards)], shards)
script = (
    "read i; ./vnextract run --quiet --fail-on none --shard-index $i --shard-count %d --out %s %s "
    "&& echo shard $i ok" % (shards, out, corpus)
)
results = indexes.pipe(["sh", "-c", script]).collect()
print("\n".join(results))
missing = shards - sum(1 for r in results if r.endswith(" ok"))
if missing:
    raise SystemExit("%d shards failed" % missing)
