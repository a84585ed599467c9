"""Build the dashboard's world map from the npm package `world-atlas` (Natural Earth 110m).

    cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python tools/build_world_geometry.py /tmp/package/countries-110m.json

writes src/tacitus/serve/static/world-110m.json: one SVG path per country in an equirectangular
projection (x = lon + 180, y = 90 - lat, viewBox 0 0 360 180), coordinates to 0.1 degree, so the
browser draws the map with no projection library and nothing is fetched at run time. Natural
Earth data is public domain; world-atlas is ISC-licensed (see world-110m.LICENSE.txt beside it).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, Iterable

OUT = Path(__file__).resolve().parents[1] / "src" / "tacitus" / "serve" / "static" / "world-110m.json"


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON arcs are quantized and delta-encoded)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: Iterable[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """Join a ring's arcs (a negative index ~i is arc i reversed), dropping repeated joints."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make a ring that crosses the antimeridian continuous (lon may pass 180; the SVG clips it).

    Natural Earth's Russia and Fiji cross 180 degrees: drawn as is, their edges would run
    across the whole map.
    """
    out: list[tuple[float, float]] = []
    shift = 0.0
    for lon, lat in ring:
        if out and abs(lon + shift - out[-1][0]) > 180:
            shift += 360 if lon + shift < out[-1][0] else -360
        out.append((lon + shift, lat))
    return out


def path_d(rings: Iterable[list[tuple[float, float]]]) -> str:
    """An SVG path in the equirectangular viewBox 0 0 360 180, to 0.1 degree."""
    parts = []
    for ring in rings:
        coords, last = [], None
        for lon, lat in ring:
            point = (round(lon + 180, 1), round(90 - lat, 1))
            if point != last:
                coords.append(f"{point[0]:g} {point[1]:g}")
                last = point
        if len(coords) >= 3:
            parts.append("M" + "L".join(coords) + "Z")
    return "".join(parts)


def build(topology: dict[str, Any]) -> dict[str, Any]:
    """The compact map: one path per country with its numeric ISO code and name."""
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("type") == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry.get("type") == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [unwrap(ring_points(ring, arcs)) for polygon in polygons for ring in polygon]
        countries.append({"id": geometry.get("id"), "name": (geometry.get("properties") or {}).get("name"),
                          "d": path_d(rings)})
    return {"source": "world-atlas 2 countries-110m (Natural Earth 1:110m, public domain)",
            "projection": "equirectangular: x = lon + 180, y = 90 - lat", "viewBox": "0 0 360 180",
            "countries": countries}


def main() -> None:
    """Read the TopoJSON file given on the command line and write the map file."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("topojson", type=Path, help="countries-110m.json from the world-atlas npm package")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    result = build(json.loads(args.topojson.read_text(encoding="utf-8")))
    args.out.write_text(json.dumps(result, separators=(",", ":")), encoding="utf-8")
    print(f"{len(result['countries'])} countries -> {args.out} ({args.out.stat().st_size // 1024} kB)")


if __name__ == "__main__":
    main()
