"""One module per rule family; importing this package registers them all."""

from importlib import import_module
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    import_module(f"{__name__}.{_module.name}")
