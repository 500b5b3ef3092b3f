"""The compressive writer: learned choice among grammatical compressions of the article's sentences."""

from service.engines.writer.chunks import ends_dangling
from service.engines.writer.prefixes import strip_prefix
from service.engines.writer.model import WriterModel, load_writer_model
from service.engines.writer.writer import ArticleWriter

__all__ = ["ArticleWriter", "WriterModel", "ends_dangling", "load_writer_model", "strip_prefix"]
