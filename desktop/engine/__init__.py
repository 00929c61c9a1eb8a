"""The Qt-free engine: reading, segmenting, summarising and finding speakers."""
