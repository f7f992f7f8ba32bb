// tokens

// Integer, floating-point and imaginary literals in every base and form.
package p

var ints = []int{
	0, 1, 42, 1_000_000, 0600, 0_600, 0o600, 0O600, 0o_600,
	0b1011, 0B_1_0, 0x1f, 0XBadFace, 0x_67_7a_2f_cc_40_c6,
}

const big = 170141183460469231731687303715884105727

var floats = []float64{
	0., 72.40, 072.40, 2.71828, 1.e+0, 6.67428e-11, 1E6, .25, .12345E+5,
	1_5., 0.15e+0_2, 0x1p-2, 0x2.p10, 0x1.Fp+0, 0X.8p-0, 0X_1FFFP-16,
	0e0, 1e0_0, 00.5, 09.5, 1e9, 0x1P+2, 0x_1.8p1_0,
}

var imags = []complex128{
	0i, 0123i, 0o123i, 0xabci, 0.i, 2.71828i, 1.e+0i, 6.67428e-11i,
	1E6i, .25i, .12345E+5i, 0x1p-2i, 1_0i, 0b1i,
}

var x = floats[1]+.5 - float64(ints[0])*1.
