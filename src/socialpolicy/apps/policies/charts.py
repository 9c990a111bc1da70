"""Inline SVG charts (no scripts, no CDN): coordinates computed here, drawn by the template."""

from __future__ import annotations

from datetime import date


def line_chart(points: list[tuple[date, float]], width: int = 640, height: int = 220, pad: int = 40) -> dict:
    """A 0-100 % line over time: the polyline and axis labels for ``policies/_trend.svg``."""
    if not points:
        return {}
    inner_w, inner_h = width - 2 * pad, height - 2 * pad
    n = len(points)
    coords = []
    for i, (day, pct) in enumerate(points):
        x = pad + (inner_w * i / (n - 1) if n > 1 else inner_w / 2)
        y = pad + inner_h * (1 - pct / 100)
        coords.append({"x": round(x, 1), "y": round(y, 1), "day": day, "pct": pct})
    gridlines = [{"y": round(pad + inner_h * (1 - v / 100), 1), "label": v} for v in (0, 25, 50, 75, 100)]
    return {
        "width": width,
        "height": height,
        "pad": pad,
        "right": width - pad,
        "bottom": height - pad,
        "polyline": " ".join(f"{c['x']},{c['y']}" for c in coords),
        "coords": coords,
        "gridlines": gridlines,
        "ticks": coords[:: max(1, -(-n // 6))] if n > 1 else coords,
        "first": coords[0],
        "last": coords[-1],
    }
