package id.tenun.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Test helper: a copy of a record with some components changed, through its canonical constructor. */
public final class Records {

    private Records() {
    }

    /**
     * A copy of {@code record} with the named components set, e.g. {@code with(snapshot, "weightGrams", 0L)}.
     * Exceptions the constructor throws are rethrown as they are.
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, Object... namesAndValues) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                components[i].getAccessor().setAccessible(true);
                values[i] = components[i].getAccessor().invoke(record);
            }
            for (int n = 0; n < namesAndValues.length; n += 2) {
                String name = (String) namesAndValues[n];
                int index = indexOf(components, name);
                values[index] = namesAndValues[n + 1];
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<R> constructor = (Constructor<R>) record.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(ex.getCause());
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static int indexOf(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no component named " + name);
    }

}
