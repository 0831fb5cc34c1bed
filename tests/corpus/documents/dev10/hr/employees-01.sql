USE [HR]
GO
SET IDENTITY_INSERT [dbo].[Employee] ON
GO
INSERT [dbo].[Employee] ([EmployeeID], [FirstName], [LastName], [BirthDate], [Country], [NationalID], [IBAN], [Email], [Mobile], [HireDate]) VALUES (100, N'Chloé', N'Dahl', CAST(N'1949-01-18' AS Date), N'ES', N'50250982F', N'ES7249294701202011846354', N'chloe_dahl@sisu-data.fi', N'+34 617 305 403', CAST(N'2024-05-01' AS Date))
GO
INSERT [dbo].[Employee] ([EmployeeID], [FirstName], [LastName], [BirthDate], [Country], [NationalID], [IBAN], [Email], [Mobile], [HireDate]) VALUES (101, N'Oskar', N'Dahl', CAST(N'1968-09-04' AS Date), N'FI', N'110656-814M', N'DK6893084792325521', N'oskardahl@kvarnbacken.se', N'+358 40 497 4219', CAST(N'2024-04-01' AS Date))
GO
SET IDENTITY_INSERT [dbo].[Employee] OFF
GO
