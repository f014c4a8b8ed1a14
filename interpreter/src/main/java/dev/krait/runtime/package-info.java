/**
 * Python's values and the operations of its data model.
 *
 * <ul>
 *   <li>Representation: {@code int} is {@link java.lang.Long} (or {@link java.math.BigInteger}
 *       past 64 bits, always normalised back), {@code bool} is {@link java.lang.Boolean},
 *       {@code float} is {@link java.lang.Double}, {@code str} is {@link dev.krait.runtime.PyStr};
 *       everything else extends {@link dev.krait.runtime.PyObject}.
 *       {@link dev.krait.runtime.Types#typeOf} gives any value's type.</li>
 *   <li>Types: {@link dev.krait.runtime.PyType}; the builtin ones live in
 *       {@link dev.krait.runtime.Types} and {@link dev.krait.runtime.ExceptionTypes}, are
 *       filled once while those classes initialise (their methods are declared with Python
 *       signatures through {@link dev.krait.runtime.Signature}) and never change, so all
 *       interpreters share them.</li>
 *   <li>Classes: calling a type, {@code __new__}/{@code __init__}, metaclasses and making
 *       classes are {@link dev.krait.runtime.TypeCalls}'; attribute access on classes (with the
 *       metaclass) and the attributes of every type are {@code TypeAttributes}'. Instances of
 *       program classes are {@link dev.krait.runtime.PyInstance}s whose attributes sit in
 *       slots laid out by a {@link dev.krait.runtime.Shape} (a dict once a program asks for
 *       {@code __dict__}); a class's {@link dev.krait.runtime.PyType#version()} changes with
 *       its namespace, so evaluator nodes can cache lookups. The instance attribute protocol
 *       ({@code __getattribute__}, descriptors, {@code __getattr__}, {@code __setattr__},
 *       {@code __delattr__}) is {@link dev.krait.runtime.Objects}'; {@code __slots__} members
 *       are {@code SlotMember}s. Subclasses of builtin types carry a value of their base
 *       ({@link dev.krait.runtime.BuiltinSubclasses}). {@code GenericAlias} is
 *       {@code list[int]}.</li>
 *   <li>Operations: {@link dev.krait.runtime.Ops} (str/repr, truth, operators, comparisons,
 *       attributes, containers) — program objects' special methods are called in CPython's
 *       order by {@code SpecialDispatch} —, {@link dev.krait.runtime.Arithmetic} (CPython's int and
 *       float results). Numbers: {@code IntMethods}/{@code FloatMethods} (their methods and
 *       dunders), {@link dev.krait.runtime.NumberConversions} ({@code int()}/{@code float()}),
 *       {@link dev.krait.runtime.NumberBuiltins} ({@code round}, {@code pow}, {@code divmod}),
 *       {@link dev.krait.runtime.IntStrLimit} (the per-interpreter 4300-digit limit).
 *       {@code complex} is {@link dev.krait.runtime.PyComplex}: operators in
 *       {@link dev.krait.runtime.ComplexArithmetic} (glibc-exact {@code hypot}/{@code atan2} in
 *       {@code ComplexMath}), {@code complex()} in {@code ComplexConversions}, methods in
 *       {@code ComplexMethods}, format specs in {@code ComplexFormat}.</li>
 *   <li>Callables: bound methods ({@link dev.krait.runtime.PyMethod} for program functions,
 *       {@link dev.krait.runtime.PyBoundMethod} for builtin methods) and the builtin descriptors
 *       {@code staticmethod}, {@code classmethod} and {@code property}
 *       ({@link dev.krait.runtime.Wrappers}). {@code Signature} words builtins' call errors as
 *       CPython 3.11 does for each calling convention.</li>
 *   <li>Streams: {@code open()} is {@link dev.krait.runtime.FileOpen}; binary files and
 *       {@code BytesIO} are {@link dev.krait.runtime.PyBinaryFile} over a {@code ByteStore},
 *       text files {@link dev.krait.runtime.PyTextFile} over one of those (decoding through
 *       {@code TextDecoder}), {@code StringIO} is {@link dev.krait.runtime.PyStringIO}; their
 *       types and {@code io.UnsupportedOperation} live in {@link dev.krait.runtime.IoTypes}.</li>
 *   <li>{@link dev.krait.runtime.PyStructSeq}: named tuples of the C library
 *       ({@code sys.version_info}, {@code time.struct_time}).</li>
 *   <li>Exceptions: a Python exception object is a {@link dev.krait.runtime.PyBaseException};
 *       the Java exception that carries it is {@link dev.krait.runtime.PyException} (no Java
 *       stack trace); {@link dev.krait.runtime.Errors} makes the common ones. The builtin
 *       exception types' methods and fields are set up by {@code ExceptionMethods}; calling an
 *       exception class goes through {@link dev.krait.runtime.ExceptionInit}; {@code str()} is
 *       {@code ExceptionText}'s, exception groups {@code ExceptionGroups}'. A raised exception's
 *       {@link dev.krait.runtime.Traceback} entries point at the evaluator's frames through
 *       {@link dev.krait.runtime.FrameInfo}; {@link dev.krait.runtime.Suggestions} finds the
 *       "Did you mean" of an uncaught NameError or AttributeError.</li>
 * </ul>
 */
package dev.krait.runtime;
