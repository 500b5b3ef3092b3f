"""Models named by a Hugging Face hub id (`UBC-NLP/AraT5v2-base-1024`): one quick look at the hub before loading.

Without it, transformers retries an unreachable hub for most of a minute and prints a warning per retry. Here the
hub is asked once, with a short timeout: unreachable and not in the local cache is one clear error in seconds;
unreachable but cached means the files are read from the cache alone.
"""

from __future__ import annotations

from pathlib import Path

from service.errors import BundleError

HUB_TIMEOUT_S = 10.0


def local_files_only(source: str | Path, timeout_s: float = HUB_TIMEOUT_S) -> bool:
    """Whether `from_pretrained(source)` must keep to the local cache. False for a local folder and for a hub id
    the hub answers for; True for a cached model when the hub cannot be reached (or HF_HUB_OFFLINE is set).
    A BundleError names the model when it is on neither."""
    if Path(source).expanduser().is_dir():
        return False
    from huggingface_hub import constants, model_info, try_to_load_from_cache
    from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RepositoryNotFoundError

    name = str(source)
    cached = isinstance(try_to_load_from_cache(name, "config.json"), str)
    if constants.HF_HUB_OFFLINE:
        return True
    try:
        model_info(name, timeout=timeout_s)
    except GatedRepoError:
        return False  # transformers says how to get access
    except RepositoryNotFoundError:
        raise BundleError(f"{name!r} is not a local folder, and the Hugging Face hub has no model by that name "
                          "(or it is private: set HF_TOKEN)") from None
    except HfHubHTTPError:
        return cached  # the hub answered with another error: let transformers report it, or use the cache
    except Exception as error:  # noqa: BLE001 - any connection failure (DNS, refused, timeout, proxy)
        if cached:
            return True
        raise BundleError(f"cannot reach the Hugging Face hub to download {name!r} ({type(error).__name__}: "
                          f"{error}), and it is not in the local cache; download it where there is network "
                          "(save_pretrained) and pass that folder") from None
    return False
