"""stemcell: an honest terminal explainer of stem cell therapy for chronic pain."""

__version__ = "0.1.0"
