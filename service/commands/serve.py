"""`arsum serve`: the HTTP API with uvicorn. Settings: configs/serve.yaml < ARSUM_* env < these flags."""

from __future__ import annotations

import argparse
import logging

from service.commands.common import add_engine_arguments
from service.engines import AUTO
from service.logs import configure_logging

logger = logging.getLogger("arsum.serve")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help="run the HTTP API (web page at /, OpenAPI at /docs)")
    parser.add_argument("--host", default=None, help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="TCP port (default 8000)")
    parser.add_argument("--config", default=None, help="settings YAML (default $ARSUM_CONFIG or configs/serve.yaml)")
    add_engine_arguments(parser)
    parser.set_defaults(func=run, device=None)  # flags left unset must not hide the file or the environment


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from service.api import ServeSettings, create_app
    from service.api.server import server_config

    settings = ServeSettings.load(
        args.config, host=args.host, port=args.port, engine=args.engine or (AUTO if args.model else None),
        model=args.model, device=args.device, threads=args.threads, log_format=args.log_format,
        writer_model=args.writer_model,
    )
    configure_logging(settings.log_level, settings.log_format, replace=True)  # uvicorn's loggers included
    app = create_app(settings)
    logger.info("serving on http://%s:%s (engine %s); Ctrl-C stops", settings.host, settings.port, settings.engine)
    uvicorn.Server(server_config(app, settings)).run()
    return 0
