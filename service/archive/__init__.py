"""Archive summarisation: stream JSONL/CSV/Parquet/`.txt` inputs through an engine into JSONL/CSV/Parquet rows,
resumable and crash-safe, in this process (`run_local`) or on Ray Data (`run_on_ray`). Ray is imported only there.
"""

from service.archive.progress import Progress
from service.archive.readers import INPUT_FORMATS, FieldMap, InputSource, detect_input, read_records
from service.archive.records import OUTPUT_FIELDS, ArchiveError, RowError, SourceRecord, summarise_records
from service.archive.runner import ArchiveJob, ArchiveReport, count_in_background, run_local
from service.archive.writers import OUTPUT_FORMATS, detect_output_format, open_writer, read_rows

__all__ = [
    "INPUT_FORMATS", "OUTPUT_FIELDS", "OUTPUT_FORMATS", "ArchiveError", "ArchiveJob", "ArchiveReport", "FieldMap",
    "InputSource", "Progress", "RowError", "SourceRecord", "count_in_background", "detect_input",
    "detect_output_format", "open_writer", "read_records", "read_rows", "run_local", "summarise_records",
]
