package id.tenun.console.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Douglas–Peucker on a closed ring of screen points: keeps the points that move the outline by more than the
 * tolerance (in pixels), so a map drawn at dashboard size carries no vertex the eye cannot see.
 */
final class Simplification {

    private Simplification() {
    }

    /** The ring's points worth drawing, first and last kept; {@code points} as {@code [x, y]} pairs. */
    static List<double[]> of(List<double[]> points, double tolerance) {
        if (points.size() < 4) {
            return points;
        }
        boolean[] keep = new boolean[points.size()];
        keep[0] = true;
        keep[points.size() - 1] = true;
        int far = farthestFrom(points, 0, points.size() - 1);
        keep[far] = true;
        mark(points, 0, far, tolerance, keep);
        mark(points, far, points.size() - 1, tolerance, keep);
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (keep[i]) {
                kept.add(points.get(i));
            }
        }
        return kept;
    }

    private static void mark(List<double[]> points, int first, int last, double tolerance, boolean[] keep) {
        if (last - first < 2) {
            return;
        }
        int far = farthestFrom(points, first, last);
        if (distance(points.get(far), points.get(first), points.get(last)) > tolerance) {
            keep[far] = true;
            mark(points, first, far, tolerance, keep);
            mark(points, far, last, tolerance, keep);
        }
    }

    /** The point between {@code first} and {@code last} farthest from the line (or point) they span. */
    private static int farthestFrom(List<double[]> points, int first, int last) {
        int far = first + 1;
        double most = -1;
        for (int i = first + 1; i < last; i++) {
            double d = distance(points.get(i), points.get(first), points.get(last));
            if (d > most) {
                most = d;
                far = i;
            }
        }
        return far;
    }

    private static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return Math.hypot(p[0] - a[0], p[1] - a[1]);
        }
        return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
    }
}
