// tokens

// Tokens written without spaces between them, where the longest match decides
// (not valid Go: only its tokens are tested).
1..5 x... a&^=b a&&^b <-<-ch a<<=b>>=c .. .5.5 0x1.p1i 1_0.0_1e1_0i
0x1e+5 1e+5 'a'.b x/ /y a/*c*/b i++i j--j a+++b a---b a!==b a:=b a=:b
f(x)[y]{z} 0x1p-2p3 1i2 0b101b 0o7o 07_7 x.y.z ...x 5.e-3i
a&&b||c!d^e~f%g=h<i>j==k!=l<=m>=n &^ &^= &=^ |= ^= %= ~~
"a""b"'c''d'`e``f`
